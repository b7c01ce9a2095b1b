#!/usr/bin/env bash
# Makes the root file system of the Kapman base image, with no image registry: the Debian 12 packages a .NET app
# needs (glibc, libstdc++, zlib, OpenSSL 3, ICU 72, tzdata, the CA bundle, and busybox-static for the HEALTHCHECK's
# wget), fetched with `apt-get download` and unpacked with `dpkg-deb -x` (no maintainer scripts run), plus the .NET
# and ASP.NET Core shared runtime copied from this machine's SDK install (`dotnet --list-runtimes`), and an
# unprivileged user 10001 ("app"). Writes OUT.tar (default deploy/containers/.stage/rootfs.tar).
# Production would use mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled instead (deploy/README.md).
set -euo pipefail

out="${1:?usage: make-rootfs.sh OUT.tar}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root" "$work/debs"

packages=(libc6 libgcc-s1 libstdc++6 zlib1g libssl3 libicu72 tzdata ca-certificates busybox-static)
(cd "$work/debs" && apt-get download "${packages[@]}" >/dev/null)
for deb in "$work"/debs/*.deb; do
    dpkg-deb -x "$deb" "$root"
done

# Debian 12 is merged-/usr: /lib64 and /lib point into /usr (the dynamic loader is /lib64/ld-linux-x86-64.so.2).
for dir in bin lib lib64 sbin; do
    if [ -d "$root/$dir" ] && [ ! -L "$root/$dir" ]; then
        mkdir -p "$root/usr/$dir" && cp -a "$root/$dir/." "$root/usr/$dir/" && rm -rf "${root:?}/$dir"
    fi
    ln -sfn "usr/$dir" "$root/$dir"
done
mkdir -p "$root/usr/bin" "$root/usr/sbin" "$root/usr/lib64"

# The CA bundle update-ca-certificates would have made (its postinst does not run here).
mkdir -p "$root/etc/ssl/certs"
find "$root/usr/share/ca-certificates" -name '*.crt' -print0 | sort -z | xargs -0 cat > "$root/etc/ssl/certs/ca-certificates.crt"

# The shared runtime of the SDK this repository builds with: the host muxer, hostfxr and both frameworks.
dotnet_root="$(dirname "$(readlink -f "$(command -v dotnet)")")"
runtime="$(dotnet --list-runtimes | awk '$1 == "Microsoft.AspNetCore.App" { v = $2 } END { print v }')"
mkdir -p "$root/usr/share/dotnet/shared" "$root/usr/share/dotnet/host"
cp -a "$dotnet_root/dotnet" "$dotnet_root/LICENSE.txt" "$root/usr/share/dotnet/" 2>/dev/null || cp -a "$dotnet_root/dotnet" "$root/usr/share/dotnet/"
cp -a "$dotnet_root/host/fxr" "$root/usr/share/dotnet/host/"
for framework in Microsoft.NETCore.App Microsoft.AspNetCore.App; do
    mkdir -p "$root/usr/share/dotnet/shared/$framework"
    cp -a "$dotnet_root/shared/$framework/$runtime" "$root/usr/share/dotnet/shared/$framework/"
done

# Users, a world-writable /tmp (the only writable place; Kubernetes mounts an emptyDir there), and what glibc reads.
mkdir -p "$root/etc" "$root/tmp" "$root/app"
chmod 1777 "$root/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\napp:x:10001:10001:app:/tmp:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\napp:x:10001:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"
ln -sfn /usr/share/zoneinfo/Etc/UTC "$root/etc/localtime"
# Drop what a runtime image never uses: documentation, manuals, locales of the packages, lintian overrides.
rm -rf "$root/usr/share/doc" "$root/usr/share/man" "$root/usr/share/locale" "$root/usr/share/lintian" "$root/usr/share/bug"

tar -C "$root" --numeric-owner --owner=0 --group=0 -cf "$out" .
echo "rootfs: $out ($(du -h "$out" | cut -f1), .NET runtime $runtime)"
