// Usage: tsx scripts/seed.ts [--scale 0.2]     (DATABASE_URL = the owner role)
import { createOwnerPrisma } from "../src/db/prisma";
import { printAccounts, seedDemo } from "../src/seed";

const i = process.argv.indexOf("--scale");
const scale = i > 0 ? Number(process.argv[i + 1]) : Number(process.env.SEED_SCALE ?? 1);
const db = createOwnerPrisma();
const accounts = await seedDemo(db, { scale });
if (accounts) printAccounts(accounts);
else console.log("database already has data: seed skipped");
await db.$disconnect();
