"""``python -m whyrec.cli``: the command line."""

from whyrec.cli import main

main()
