"""Finding phrases: normalised words, queries, the index, ranking, the cached catalog."""
