// Loads every line of a FollowTheMoney JSON-lines export into the FtM JavaScript model
// (@alephdata/followthemoney, the version in package-lock.json) and checks each entity against
// the model's own rules. Prints one line per broken rule ("<rule>: <entity id>: <detail>") and
// exits 1, or prints a summary and exits 0.
//
//   node tests/conformance/ftm.mjs ties.ftm.jsonl
//
// Rules, all read from the model itself (defaultModel.json), none restated here:
//   json            each line is one JSON object with id, schema and properties
//   duplicate-id    no two entities share an id
//   schema          the schema exists and is not abstract
//   property        every property exists on the schema (its own or inherited)
//   values          every property holds a list of strings
//   deprecated      no property the model marks deprecated
//   required        every required property (the schema's and its parents') has a value
//   caption         a schema that names caption properties has at least one of them set
//   reference       an entity property names an entity of this file whose schema is in the
//                   property's range
//   date            a date value is an ISO 8601 prefix the date type allows (2021, 2021-02,
//                   2021-02-16, up to seconds) and a real date
//   country         a country value is one of the country type's codes
//   max-length      no value is longer than its property's maximum length
import fs from "node:fs";
import readline from "node:readline";
import ftm from "@alephdata/followthemoney";

const { Model, defaultModel } = ftm;
const model = new Model(defaultModel);
const countries = new Set(Object.keys(defaultModel.types.country.values));
const problems = [];
const report = (rule, id, detail) => problems.push(`${rule}: ${id}: ${detail}`);

function parentsOf(schema) {
  return [schema, ...schema.getParents()];
}

function requiredOf(schema) {
  return new Set(parentsOf(schema).flatMap((s) => s.required ?? []));
}

// A schema's caption properties are its own, else those of the nearest parent that names some.
function captionOf(schema) {
  for (const s of parentsOf(schema)) {
    if (s.caption && s.caption.length > 0) {
      return s.caption;
    }
  }
  return [];
}

const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2}))?)?)?)?)?$/;
function isDate(value) {
  const m = datePattern.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d !== undefined) {
    const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (day.getUTCMonth() !== Number(mo) - 1 || day.getUTCDate() !== Number(d)) return false;
  }
  if (h !== undefined && Number(h) > 23) return false;
  if (mi !== undefined && Number(mi) > 59) return false;
  if (s !== undefined && Number(s) > 59) return false;
  return true;
}

const file = process.argv[2];
if (!file) {
  console.error("usage: node ftm.mjs <export.ftm.jsonl>");
  process.exit(2);
}

const entities = new Map();
let line = 0;
const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
for await (const text of lines) {
  line++;
  if (text.trim() === "") continue;
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    report("json", `line ${line}`, e.message);
    continue;
  }
  if (typeof data !== "object" || data === null || typeof data.id !== "string" || typeof data.schema !== "string" || typeof data.properties !== "object") {
    report("json", `line ${line}`, "not an object with id, schema and properties");
    continue;
  }
  if (entities.has(data.id)) {
    report("duplicate-id", data.id, `line ${line} repeats an id`);
    continue;
  }
  let schema;
  try {
    schema = model.getSchema(data.schema);
  } catch {
    schema = undefined;
  }
  if (!schema) {
    report("schema", data.id, `unknown schema ${data.schema}`);
    continue;
  }
  if (schema.abstract) {
    report("schema", data.id, `${schema.name} is abstract`);
    continue;
  }
  entities.set(data.id, { data, schema });
}

for (const { data, schema } of entities.values()) {
  const id = data.id;
  for (const [name, values] of Object.entries(data.properties)) {
    if (!schema.hasProperty(name)) {
      report("property", id, `${schema.name} has no property ${name}`);
      continue;
    }
    if (!Array.isArray(values) || values.some((v) => typeof v !== "string")) {
      report("values", id, `${name} is not a list of strings`);
      continue;
    }
    const property = schema.getProperty(name);
    if (property.deprecated) {
      report("deprecated", id, `${schema.name}.${name} is deprecated in the model`);
    }
    const type = property.type.name;
    for (const value of values) {
      if (property.maxLength && value.length > property.maxLength) {
        report("max-length", id, `${name} value of ${value.length} characters, more than ${property.maxLength}`);
      }
      if (type === "date" && !isDate(value)) {
        report("date", id, `${name} "${value}" is not a date the model allows`);
      }
      if (type === "country" && !countries.has(value)) {
        report("country", id, `${name} "${value}" is not a country code of the model`);
      }
      if (type === "entity") {
        const target = entities.get(value);
        const range = model.getSchema(property.range);
        if (!target) {
          report("reference", id, `${name} names ${value}, which is not in the file`);
        } else if (!target.schema.isA(range)) {
          report("reference", id, `${name} names ${value}, a ${target.schema.name}, outside the property's range ${range.name}`);
        }
      }
    }
  }
  for (const name of requiredOf(schema)) {
    const values = data.properties[name];
    if (!Array.isArray(values) || values.length === 0) {
      report("required", id, `${schema.name} requires ${name}`);
    }
  }
  const caption = captionOf(schema);
  if (caption.length > 0 && !caption.some((name) => Array.isArray(data.properties[name]) && data.properties[name].length > 0)) {
    report("caption", id, `${schema.name} is captioned by ${caption.join(", ")}, and none is set`);
  }
}

if (problems.length > 0) {
  for (const p of problems) console.log(p);
  process.exit(1);
}

const bySchema = {};
for (const { schema } of entities.values()) bySchema[schema.name] = (bySchema[schema.name] ?? 0) + 1;
console.log(`ok: ${entities.size} entities (${Object.entries(bySchema).map(([s, n]) => `${n} ${s}`).join(", ")}) follow the FtM model`);
