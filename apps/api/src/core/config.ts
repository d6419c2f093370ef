import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from "@zhzx/shared";

const num = (name: string, dflt: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : dflt;
};

export const config = {
  production: process.env.NODE_ENV === "production",
  port: num("PORT", 4000),
  session: {
    cookieName: "zx_sid",
    idleMinutes: num("SESSION_IDLE_MINUTES", 30),
    absoluteHours: num("SESSION_ABSOLUTE_HOURS", 12),
    /** Secure cookies need HTTPS; the local demo runs on http://localhost. */
    secureCookie: process.env.COOKIE_SECURE ? process.env.COOKIE_SECURE === "true" : process.env.NODE_ENV === "production",
  },
  lockout: {
    maxFailures: num("LOGIN_MAX_FAILURES", 5),
    lockMinutes: num("LOGIN_LOCK_MINUTES", 15),
  },
  /** Staff and administrator passwords expire (等保 8.1.4.1); members' do not. */
  passwordMaxAgeDays: num("PASSWORD_MAX_AGE_DAYS", 90),
  /**
   * 两步验证: when required, a staff or administrator session (any role with staff:console) that has not
   * enrolled a TOTP authenticator can do nothing but enrol. On by default in production only, so the demo
   * and the end-to-end stack keep logging in with a password. Mutable for tests.
   */
  mfa: { required: process.env.MFA_REQUIRED ? process.env.MFA_REQUIRED === "true" : process.env.NODE_ENV === "production" },
  /** An account unused this long is disabled at its next login attempt. */
  inactiveDisableDays: num("INACTIVE_DISABLE_DAYS", 180),
  /** 审计日志保留天数: never below the 180 days 等保三级 asks for (the database refuses a shorter one too). */
  auditRetentionDays: Math.max(180, num("AUDIT_RETENTION_DAYS", 180)),
  loginRateLimit: { points: num("LOGIN_RATE_LIMIT", 30), windowSeconds: num("LOGIN_RATE_WINDOW_SECONDS", 600) },
  /** Public site search (站内检索): requests per address per 10 s (the benchmark raises it; one address drives all its load). */
  siteSearchRateLimit: num("SITE_SEARCH_RATE_LIMIT", 30),
  passwordPolicy: {
    minLength: num("PASSWORD_MIN_LENGTH", DEFAULT_PASSWORD_POLICY.minLength),
    minClasses: num("PASSWORD_MIN_CLASSES", DEFAULT_PASSWORD_POLICY.minClasses),
  } satisfies PasswordPolicy,
};
