import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline (19 MiB, t=2, p=1): ~20 ms here, slow enough for offline guessing.
// algorithm 2 = Argon2id (the package exports it as a const enum, which isolatedModules cannot read).
const OPTIONS = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (pw: string) => hash(pw, OPTIONS);

export async function verifyPassword(passwordHash: string, pw: string): Promise<boolean> {
  try {
    return await verify(passwordHash, pw);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** Spends the same time as a real check, so response time does not reveal whether a user exists. */
export async function burnPasswordCheck(pw: string) {
  await verifyPassword(await (dummy ??= hashPassword("timing-equaliser-Aa1!")), pw);
}
