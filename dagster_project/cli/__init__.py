"""`dx`, the command line of the warehouse (see main.py)."""

from dagster_project.cli.main import main

__all__ = ["main"]
