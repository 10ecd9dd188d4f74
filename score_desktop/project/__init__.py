"""The project document: typed records, the versioned JSON file, migrations. Never imports Qt."""
