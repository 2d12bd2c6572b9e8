"""`python -m coach` runs the command line."""

from .cli_main import main

main()
