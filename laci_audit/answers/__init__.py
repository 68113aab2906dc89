"""Answers to the questions the commands ask of an audit result: coverage, the record of
processing, a breach's scope, where a kind of data lives, one field explained, suggestions, the
annotation walk. They compute; reports/ renders."""
