"""The Documents page and its parts: the drop zone, the queue table, the summary reader."""
