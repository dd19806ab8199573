/**
 * Errors shaped like the ones Office.js rejects `context.sync()` with (an OfficeExtension.Error whose
 * name is "RichApi.Error"): same codes, same English messages (Microsoft's "Error handling with the
 * application-specific JavaScript APIs", table "Error codes and messages"), so code under test that
 * inspects `error.code` or shows `error.message` behaves as it would in Excel.
 */

export type SimErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidObjectPath'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'NotImplemented'
  | 'PropertyNotLoaded'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RunMustReturnPromise'
  | 'ValueNotLoaded';

const STANDARD_MESSAGES: Record<SimErrorCode, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of the Office application. See Office client application and platform availability for Office Add-ins for more information.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidObjectPath:
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidReference: 'This reference is not valid for the current operation.',
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: 'The requested feature is not implemented.',
  PropertyNotLoaded: '',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.',
  ValueNotLoaded: '',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
};

export class SimOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: SimErrorCode,
    message?: string,
    errorLocation?: string,
  ) {
    super(message ?? STANDARD_MESSAGES[code]);
    this.debugInfo = { code, message: this.message, ...(errorLocation !== undefined && { errorLocation }) };
  }
}

export function propertyNotLoaded(property: string, location?: string): SimOfficeError {
  return new SimOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    location,
  );
}

export function dimensionMismatch(location: string): SimOfficeError {
  return new SimOfficeError(
    'InvalidArgument',
    "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    location,
  );
}

export function protectedSheet(location: string): SimOfficeError {
  return new SimOfficeError(
    'AccessDenied',
    "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
    location,
  );
}

export function fail(code: SimErrorCode, location: string, message?: string): never {
  throw new SimOfficeError(code, message, location);
}
