import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { serialTransactions } from "./serial-transactions";
import { appUrl, ownerUrl } from "./urls";

export type Db = PrismaClient;
/** What a unit of work receives: a client bound to one transaction with the tenant already set. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createAppPrisma(url = appUrl()): PrismaClient {
  return new PrismaClient({ adapter: serialTransactions(new PrismaPg({ connectionString: url, max: Number(process.env.DB_POOL_MAX ?? 10) })) });
}

/** Owner connection: migrations, seeds and test fixtures only; never reachable from a resolver. */
export function createOwnerPrisma(url = ownerUrl()): PrismaClient {
  // Seeds write a committee per transaction: minutes, not Prisma's default 5 s, on a busy machine.
  return new PrismaClient({ adapter: serialTransactions(new PrismaPg({ connectionString: url, max: 4 })), transactionOptions: { timeout: 300_000, maxWait: 60_000 } });
}
