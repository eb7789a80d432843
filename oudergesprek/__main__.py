"""Allow `python -m oudergesprek`."""

from oudergesprek.cli.entry import main

if __name__ == "__main__":
    main()
