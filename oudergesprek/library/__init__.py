"""The phrase library: its model, its files, loading, forms and filling in."""
