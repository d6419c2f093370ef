import { RateLimiterMemory } from "rate-limiter-flexible";
import { config } from "../../core/config";
import { AppError } from "../../core/errors";

// Per-IP ceiling on login attempts, on top of the per-account lockout: stops one address from
// spraying passwords across many accounts. In memory per process; with several API replicas the
// same library's Postgres store is the drop-in (docs/SCALING.md when written).
const limiter = new RateLimiterMemory({ points: config.loginRateLimit.points, duration: config.loginRateLimit.windowSeconds });

export async function consumeLoginAttempt(ip: string | null) {
  try {
    await limiter.consume(ip ?? "unknown");
  } catch {
    throw new AppError("RATE_LIMITED", "登录尝试过于频繁，请稍后再试");
  }
}
