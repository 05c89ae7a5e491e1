"""A "Redis" that accepts connections and never answers, counting the connections it gets."""

import socket
import threading

from tests.embassy.outages import free_port


class HungRedis:
    def __init__(self):
        self.port = free_port()
        self.connections = 0
        self._open = []
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", self.port))
        self._listener.listen(64)
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def _accept(self):
        while True:
            try:
                connection, _address = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            self._open.append(connection)  # kept open, never read, never answered

    def close(self):
        for sock in [self._listener, *self._open]:
            sock.close()
