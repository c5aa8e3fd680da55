"""`python -m walletsupport`: the same as the `walletsupport` command."""

from walletsupport.cli import main

main()
