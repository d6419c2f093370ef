// Seals the personal fields (members' mobiles and photos, units' contact phones) with the current key (first encryption of legacy plaintext, or key
// rotation: put the new key first in PII_KEYS, run this, then remove the old key). DATABASE_URL = the owner.
//   tsx scripts/reseal-pii.ts [--tenant CODE]
import { createOwnerPrisma } from "../src/db/prisma";
import { ownerUrl } from "../src/db/urls";
import { resealPersonalData } from "../src/modules/privacy/reseal-pii";

const owner = createOwnerPrisma(ownerUrl());
try {
  const i = process.argv.indexOf("--tenant");
  const code = i > 0 ? process.argv[i + 1] : undefined;
  const tenant = code ? await owner.tenant.findUnique({ where: { code }, select: { id: true } }) : null;
  if (code && !tenant) throw new Error(`no committee with code ${code}`);
  const r = await resealPersonalData(owner, { tenantId: tenant?.id });
  console.log(
    `re-sealed with the current key: ${r.profiles} member mobiles, ${r.requests} change requests, ${r.photos} photos, ` +
      `${r.handlingUnits} handling-unit and ${r.collectives} collective contact phones`,
  );
} finally {
  await owner.$disconnect();
}
