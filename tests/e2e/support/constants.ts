export const E2E_CRON_SECRET = "e2e-cron-secret-0123456789";
