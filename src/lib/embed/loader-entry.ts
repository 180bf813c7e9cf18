// The entry of `/embed.js`: bundled on its own (see src/routes/embed.js/+server.ts), with no dependencies.
import { install } from './loader';

install(window);
