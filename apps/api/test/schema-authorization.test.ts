import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { printSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { PERMISSIONS } from "@zhzx/shared";
import { getSchema, PUBLIC_FIELDS } from "../src/schema";
import { SELF } from "../src/context/auth-checker";

/** Every root field, and whether type-graphql holds an @Authorized for it. */
async function rootFields() {
  const schema = await getSchema();
  const storage = getMetadataStorage();
  const authorized = new Map(storage.authorizedFields.map((a) => [`${a.target.name}.${a.fieldName}`, a.roles]));
  const out: { field: string; roles: string[] | undefined }[] = [];
  for (const [kind, list] of [["Query", storage.queries], ["Mutation", storage.mutations]] as const) {
    const type = kind === "Query" ? schema.getQueryType() : schema.getMutationType();
    for (const name of Object.keys(type?.getFields() ?? {})) {
      const meta = list.find((q) => q.schemaName === name);
      out.push({ field: `${kind}.${name}`, roles: meta ? authorized.get(`${meta.target.name}.${meta.methodName}`) : undefined });
    }
  }
  return out;
}

describe("schema authorization", () => {
  it("every Query and Mutation field is @Authorized or on the explicit public list", async () => {
    const fields = await rootFields();
    expect(fields.length).toBeGreaterThan(5);
    const open = fields.filter((f) => f.roles === undefined).map((f) => f.field).sort();
    expect(open).toEqual([...PUBLIC_FIELDS].sort());
  });

  it("names only permissions that exist in the shared permission table", async () => {
    const known = new Set<string>([...Object.keys(PERMISSIONS), SELF]);
    const unknown = (await rootFields()).flatMap((f) => (f.roles ?? []).filter((r) => !known.has(r)).map((r) => `${f.field}: ${r}`));
    expect(unknown).toEqual([]);
  });

  it("the committed schema.graphql (read by the SPAs' codegen) is current — run `pnpm --filter @zhzx/api schema:print`", async () => {
    const committed = fs.readFileSync(path.resolve(import.meta.dirname, "../schema.graphql"), "utf8");
    expect(committed).toBe(printSchema(await getSchema()) + "\n");
  });
});
