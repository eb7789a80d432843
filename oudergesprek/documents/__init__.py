"""What goes on paper: the prep script, plans, journal, anonymising, exports."""
