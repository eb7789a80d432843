"""Allow `python -m oudergesprek`."""

from oudergesprek.entry import main

if __name__ == "__main__":
    main()
