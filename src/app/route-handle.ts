/** What a route tells the layout about itself (React Router's `handle`). */
export interface RouteHandle {
  /** The page makes no API call, so it shows even in CompShare mode before keys are set. */
  worksWithoutKeys?: boolean
}
