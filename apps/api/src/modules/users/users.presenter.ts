import type { Role } from "@zhzx/shared";
import type { UserType } from "./users.types";

type Row = {
  roles: string[];
  user: { id: string; username: string; displayName: string; disabled: boolean; lockedUntil: Date | null; mustChangePassword: boolean; lastLoginAt: Date | null; createdAt: Date };
};

/** Never the hash, never the failure counter: only what an administrator needs to see. */
export const presentUser = ({ roles, user }: Row): UserType => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  roles: roles as Role[],
  disabled: user.disabled,
  locked: !!user.lockedUntil && user.lockedUntil > new Date(),
  mustChangePassword: user.mustChangePassword,
  lastLoginAt: user.lastLoginAt,
  createdAt: user.createdAt,
});
