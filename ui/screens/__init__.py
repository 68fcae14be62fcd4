"""One screen per module. Each has one main action, a title, a help line and a reading text."""
