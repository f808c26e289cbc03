// The raw socket.io ceiling for the realtime bench: a bare socket.io server on the same Redis adapter the api
// uses, no Nest, no authentication; a socket joins the rooms named in its handshake (`auth.rooms`), and a
// conversation's room when it sends 'conversation.view' (as the api's gateway does, without the access check).
// Run as a child process: PORT, REDIS_URL, IO_KEY.
import http from 'node:http';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';

const pub = new Redis(process.env.REDIS_URL);
const sub = pub.duplicate();
const server = http.createServer();
const io = new Server(server, { path: '/socket.io', transports: ['websocket', 'polling'], adapter: createAdapter(pub, sub, { key: process.env.IO_KEY }) });
io.on('connection', (socket) => {
  socket.join(socket.handshake.auth?.rooms ?? []);
  socket.on('conversation.view', ({ conversationId } = {}, ack = () => {}) => {
    socket.join(`conversation:${conversationId}`);
    ack({ ok: true });
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
process.on('SIGTERM', () => { io.close(); pub.disconnect(); sub.disconnect(); process.exit(0); });
