import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'parley:public';
/** Opens a route to anonymous callers: only login, health and signed webhooks use it. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
