// Writes the GraphQL SDL that the SPAs' codegen reads. A test fails when the committed file is stale.
import fs from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { getSchema } from "../src/schema";

const out = path.resolve(import.meta.dirname, "../schema.graphql");
fs.writeFileSync(out, printSchema(await getSchema()) + "\n");
console.log("wrote", out);
