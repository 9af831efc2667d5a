"""Notifications: which events are due (events.py), the chat-robot and email channels
(channels.py, through apprise), and the redaction of secrets in what is logged. Writes no
file: the register's 通知记录 column is the record of what was sent.
"""
