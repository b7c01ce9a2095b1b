#!/usr/bin/env bash
# Builds the Kapman container images with podman: the base (make-rootfs.sh, base/Containerfile), then, for each of the
# seven services, the web and the gateway, the Release publish (framework-dependent: the runtime is in the base layer,
# shared by all nine images) and its Containerfile. Prints each image's size. Run as root from anywhere:
#   deploy/containers/build-images.sh [--tag TAG] [NAME...]      (default: every image, tag dev)
# Images are localhost/kapman/<name>:<tag>. podman here needs the vfs storage driver and chroot isolation
# (docs: ENVIRONMENT.md); set KAPMAN_PODMAN_STORAGE=overlay where overlay works. Without podman it says so and exits 1.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$repo/deploy/containers"
tag=dev
if [ "${1:-}" = "--tag" ]; then
    tag="${2:?--tag needs a value}"
    shift 2
fi

declare -A projects=(
    [ingestion]=services/Ingestion/Kapman.Ingestion [options]=services/Options/Kapman.Options
    [metrics]=services/Metrics/Kapman.Metrics [wyckoff]=services/Wyckoff/Kapman.Wyckoff
    [recommendation]=services/Recommendation/Kapman.Recommendation [execution]=services/Execution/Kapman.Execution
    [notification]=services/Notification/Kapman.Notification [web]=web/Kapman.Web [gateway]=gateway/Kapman.Gateway
)
order=(ingestion options metrics wyckoff recommendation execution notification web gateway)
names=("$@")
[ ${#names[@]} -eq 0 ] && names=("${order[@]}")
for name in "${names[@]}"; do
    [ -n "${projects[$name]:-}" ] || { echo "build-images: unknown image '$name' (known: ${order[*]})" >&2; exit 2; }
done

if ! command -v podman >/dev/null; then
    echo "build-images: podman is not installed (Debian: apt-get install -y podman); no image built" >&2
    exit 1
fi
podman=(podman --storage-driver "${KAPMAN_PODMAN_STORAGE:-vfs}")
build=(build --isolation chroot --format docker --quiet)

stage="$here/.stage"
mkdir -p "$stage/publish"
base="localhost/kapman/base:$tag"
echo "== base ($base)"
bash "$here/base/make-rootfs.sh" "$stage/rootfs.tar"
"${podman[@]}" "${build[@]}" -f "$here/base/Containerfile" -t "$base" "$stage" >/dev/null

for name in "${names[@]}"; do
    echo "== $name"
    rm -rf "${stage:?}/publish/$name"
    # Own artifacts folder (bin, obj): a build here never races one of the developer's Release builds.
    dotnet publish "$repo/${projects[$name]}" -c Release -o "$stage/publish/$name" --artifacts-path "$stage/artifacts" -nologo -v quiet -p:UseAppHost=false
    "${podman[@]}" "${build[@]}" --build-arg "BASE=$base" -f "$here/$name/Containerfile" -t "localhost/kapman/$name:$tag" "$stage" >/dev/null
done

echo
echo "Image sizes (the base layer is shared by all):"
"${podman[@]}" images --filter "reference=localhost/kapman/*:$tag" --format '{{.Repository}}:{{.Tag}}  {{.Size}}' | sort
