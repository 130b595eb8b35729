import { Catch } from '@nestjs/common';
import { type GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from './app-error';

/**
 * Expected errors pass straight to the GraphQL error formatter (which adds the code), without
 * Nest logging them as crashes. Anything else still reaches Nest's handler and is logged there.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError): AppError {
    return error;
  }
}
