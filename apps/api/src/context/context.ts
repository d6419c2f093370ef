import type { Request, Response } from "express";
import type { Db } from "../db/prisma";
import type { AuditActor } from "../core/audit";
import { Forbidden } from "../core/errors";
import { runUnitOfWork, type Work } from "../core/unit-of-work";
import type { Viewer } from "./viewer";

export class Context {
  constructor(
    readonly prisma: Db,
    readonly viewer: Viewer | null,
    readonly ip: string | null,
    readonly req?: Request,
    readonly res?: Response,
  ) {}

  get tenantId(): string {
    if (!this.viewer?.activeTenantId) throw Forbidden("当前账号未加入任何委员会");
    return this.viewer.activeTenantId;
  }

  actor(): AuditActor {
    return { tenantId: this.viewer?.activeTenantId ?? null, userId: this.viewer?.userId ?? null, username: this.viewer?.username ?? null, ip: this.ip };
  }

  /** Business work in the active tenant: RLS scoped, audited, one transaction. */
  uow<T>(fn: (w: Work) => Promise<T>): Promise<T> {
    return runUnitOfWork(this.prisma, { tenantId: this.tenantId, userId: this.viewer?.userId ?? null }, this.actor(), fn);
  }

  /** Identity work (login, sessions, accounts): may look users up outside the active tenant. */
  identityWork<T>(fn: (w: Work) => Promise<T>): Promise<T> {
    return runUnitOfWork(
      this.prisma,
      { tenantId: this.viewer?.activeTenantId ?? null, userId: this.viewer?.userId ?? null, authLookup: true },
      this.actor(),
      fn,
    );
  }
}
