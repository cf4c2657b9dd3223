from dagster_project.cli.main import main

raise SystemExit(main())
