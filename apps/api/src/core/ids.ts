import { z } from "zod";
import { ValidationFailed } from "./errors";

const uuid = z.uuid();
/** Ids are UUIDs; a malformed one is a client error, not a database error. */
export function parseId(id: unknown, label = "编号"): string {
  if (!uuid.safeParse(id).success) throw ValidationFailed(`无效的${label}`);
  return id as string;
}
