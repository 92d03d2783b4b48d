"""``python -m bilingual`` runs the command-line interface."""

from bilingual.cli import main

raise SystemExit(main())
