import os

DATABASE_URL = os.environ.get(
    "DATABASE_URL",
    "postgresql://lumen_app:RZCh96hExz9!IpIQ@ledger-db.internal:5432/ledger",  # ward-demo: fake credential, gitleaks:allow, pragma: allowlist secret
)
JWT_SECRET = "ftca4svm9zWxNV31eSjE8hlafb0tCYm89cZWHUWNo41jlMih"  # ward-demo: fake credential, gitleaks:allow, pragma: allowlist secret
SLACK_ALERTS = "https://hooks.slack.com/services/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"  # ward-demo: fake credential, gitleaks:allow, pragma: allowlist secret

# Read from the environment in production; the demo keeps a fallback only for local runs.
REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
ADMIN_PASSWORD = os.environ["ADMIN_PASSWORD"]
