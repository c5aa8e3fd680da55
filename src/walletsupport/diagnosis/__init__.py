"""The diagnosis core: flows as data, loading, the pure engine and the session loop."""
