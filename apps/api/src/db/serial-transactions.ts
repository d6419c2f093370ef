import type { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

/**
 * A transaction holds one pg connection, and pg runs one query at a time on it. Prisma's query
 * interpreter still loads an include's relations concurrently (Promise.all over the join's children;
 * prisma/orm#29468 and #29979, unmerged), so a read with three or more relations inside
 * `$transaction` — every unit of work here — queues queries on the busy client: pg@8 warns
 * ("Calling client.query() when the client is already executing a query is deprecated"), pg@9 throws.
 * This hands each transaction's queries to pg one after another, in the order they were asked for —
 * the order pg's own queue would have run them in — so nothing changes but the warning.
 * Queries outside a transaction go to the pool (a connection each) and are left alone.
 */
export function serialTransactions(factory: PrismaPg): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => withSerialTransactions(await factory.connect()),
    connectToShadowDb: async () => withSerialTransactions(await factory.connectToShadowDb()),
  };
}

function withSerialTransactions<A extends SqlDriverAdapter>(adapter: A): A {
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => serialise(await start(isolationLevel));
  return adapter;
}

function serialise(tx: Transaction): Transaction {
  let tail: Promise<unknown> = Promise.resolve();
  const inTurn =
    <Q, R>(run: (q: Q) => Promise<R>) =>
    (q: Q): Promise<R> => {
      const result = tail.then(() => run(q));
      tail = result.catch(() => undefined);
      return result;
    };
  // Only the two query entry points: savepoints go through executeRaw, commit/rollback send no SQL.
  tx.queryRaw = inTurn(tx.queryRaw.bind(tx));
  tx.executeRaw = inTurn(tx.executeRaw.bind(tx));
  return tx;
}
