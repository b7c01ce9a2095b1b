// Validates rendered Kubernetes objects offline (tests/Kapman.Deploy.Tests runs it on `kubectl kustomize` output):
// core kinds with kubernetes-models, KEDA kinds with @kubernetes-models/keda, and the operators' kinds (CloudNativePG,
// RabbitMQ cluster operator) against their CRD schemas in schemas/, strictly: a field the CRD does not define is an
// error, as with `kubectl apply --validate=strict`. A kind with no schema here is an error too.
// Usage: node validate.mjs FILE|- [--emit OUT.json]
// Prints one JSON line: {"objects":N,"kinds":{"Deployment":9,...},"errors":[{"object":"Kind/name","message":"..."}]};
// exits 1 when any object is invalid. --emit writes the parsed objects as a JSON array (the tests assert on them).
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const emitAt = args.indexOf("--emit");
const emit = emitAt >= 0 ? args.splice(emitAt, 2)[1] : null;
const input = args[0] ?? "-";
const text = readFileSync(input === "-" ? 0 : input, "utf8");

const objects = [];
const errors = [];
for (const doc of parseAllDocuments(text)) {
  if (doc.errors.length > 0) {
    errors.push({ object: "(document)", message: doc.errors.map(e => e.message).join("; ") });
    continue;
  }
  const value = doc.toJS();
  if (value === null || value === undefined) continue;
  for (const item of Array.isArray(value) ? value : [value]) objects.push(item);
}

const crdValidators = loadCrdSchemas(join(here, "schemas"));
const kinds = {};
for (const object of objects) {
  const id = `${object?.kind ?? "?"}/${object?.metadata?.name ?? "?"}`;
  kinds[object?.kind ?? "?"] = (kinds[object?.kind ?? "?"] ?? 0) + 1;
  try {
    const problem = await validate(object);
    if (problem) errors.push({ object: id, message: problem });
  } catch (error) {
    errors.push({ object: id, message: error instanceof Error ? error.message : String(error) });
  }
}

if (emit) writeFileSync(emit, JSON.stringify(objects));
console.log(JSON.stringify({ objects: objects.length, kinds, errors }));
process.exitCode = errors.length > 0 ? 1 : 0;

/** Returns the reason an object is invalid, or null. */
async function validate(object) {
  if (typeof object !== "object" || object === null) return "not an object";
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== "string" || typeof kind !== "string") return "apiVersion and kind are required";
  if (typeof object.metadata?.name !== "string" || object.metadata.name.length === 0) return "metadata.name is required";
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];

  const crd = crdValidators.get(`${group}/${version}/${kind}`);
  if (crd) return crd(object) ? null : formatAjv(crd.errors);

  const module = group === "keda.sh"
    ? `@kubernetes-models/keda/keda.sh/${version}/${kind}`
    : `kubernetes-models/${group === "" ? "" : group + "/"}${version}/${kind}`;
  let Model;
  try {
    Model = (await import(module))[kind];
  } catch {
    return `no schema for ${apiVersion} ${kind} (neither kubernetes-models, @kubernetes-models/keda nor schemas/)`;
  }
  if (typeof Model !== "function") return `no schema for ${apiVersion} ${kind}`;
  new Model(object).validate();
  return null;
}

/** Compiles every schemas/<group>_<version>_<Kind>.json (made by crd-to-schema.mjs), strict about unknown fields. */
function loadCrdSchemas(folder) {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const validators = new Map();
  for (const file of readdirSync(folder).filter(f => f.endsWith(".json"))) {
    const crd = JSON.parse(readFileSync(join(folder, file), "utf8"));
    const schema = structuredClone(crd.schema);
    closeObjects(schema);
    // The API server fills these; the CRD schema leaves metadata open.
    schema.required = [...new Set([...(schema.required ?? []), "apiVersion", "kind", "metadata", "spec"])];
    validators.set(`${crd.group}/${crd.version}/${crd.kind}`, ajv.compile(schema));
  }
  return validators;
}

/** Unknown fields are errors: every object schema that lists its properties and keeps no unknown fields gets additionalProperties: false. */
function closeObjects(schema) {
  if (typeof schema !== "object" || schema === null) return;
  if (schema.properties && schema.additionalProperties === undefined && !schema["x-kubernetes-preserve-unknown-fields"]) {
    schema.additionalProperties = false;
  }
  for (const value of Object.values(schema)) {
    if (Array.isArray(value)) value.forEach(closeObjects);
    else if (typeof value === "object") closeObjects(value);
  }
}

function formatAjv(list) {
  return (list ?? []).map(e => `${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`).join("; ");
}
