// Writes the openAPIV3Schema of a CustomResourceDefinition (the storage version) as schemas/<group>_<version>_<Kind>.json.
// Usage: node crd-to-schema.mjs CRD.yaml OUT.json "<repository@commit path>" (the schemas here came from the operators' repositories).
import { parse } from "yaml";
import { readFileSync, writeFileSync } from "node:fs";
const [,, input, output, source] = process.argv;
const crd = parse(readFileSync(input, "utf8"));
const version = crd.spec.versions.find(v => v.storage) ?? crd.spec.versions[0];
writeFileSync(output, JSON.stringify({ source, group: crd.spec.group, kind: crd.spec.names.kind, version: version.name, schema: version.schema.openAPIV3Schema }) + "\n");
