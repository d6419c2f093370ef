import { graphql } from "graphql";
import type { Viewer } from "../../src/context/viewer";
import { formatError } from "../../src/core/errors";
import { getSchema } from "../../src/schema";
import { contextFor } from "./db";

/** Executes an operation in-process as `viewer`, with errors formatted exactly as clients see them. */
export async function execAs<T = any>(viewer: Viewer | null, source: string, variableValues?: Record<string, unknown>) {
  const result = await graphql({ schema: await getSchema(), source, variableValues, contextValue: contextFor(viewer) });
  const errors = result.errors?.map((e) => formatError(e.toJSON(), e));
  return { data: result.data as T, errors, code: errors?.[0]?.extensions?.code as string | undefined };
}
