// Seals members' personal fields with the current key (first encryption of legacy plaintext, or key
// rotation: put the new key first in PII_KEYS, run this, then remove the old key). DATABASE_URL = the owner.
//   tsx scripts/reseal-pii.ts [--tenant CODE]
import { createOwnerPrisma } from "../src/db/prisma";
import { ownerUrl } from "../src/db/urls";
import { resealMemberPii } from "../src/modules/members/reseal-pii";

const owner = createOwnerPrisma(ownerUrl());
try {
  const i = process.argv.indexOf("--tenant");
  const code = i > 0 ? process.argv[i + 1] : undefined;
  const tenant = code ? await owner.tenant.findUnique({ where: { code }, select: { id: true } }) : null;
  if (code && !tenant) throw new Error(`no committee with code ${code}`);
  const r = await resealMemberPii(owner, { tenantId: tenant?.id });
  console.log(`re-sealed ${r.profiles} member profiles and ${r.requests} change requests with the current key`);
} finally {
  await owner.$disconnect();
}
