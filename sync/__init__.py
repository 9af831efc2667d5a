"""The complaint register: validate, evaluate and write back a property office's 投诉登记表."""
