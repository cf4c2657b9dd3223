"""`python -m dagster_project.extraction PATH... [--format csv|jsonl]` (same as `dx extract`)."""

import sys

from .cli import main

sys.exit(main())
