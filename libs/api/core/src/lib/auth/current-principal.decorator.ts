import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

import { AppError } from '../errors/app-error';
import { requestOf } from '../graphql/request-context';
import { type Principal } from './principal';

/** The authenticated caller; the guard has put it on the request. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    const principal = requestOf(context).principal;
    if (!principal) throw AppError.unauthenticated();
    return principal;
  },
);
