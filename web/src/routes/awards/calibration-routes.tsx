import type { RouteObject } from 'react-router';
import { CalibrationRoute } from './CalibrationRoute';

/** The calibration of the national juries, for admins and national coordinators. */
export const calibrationRoutes: RouteObject[] = [{ path: 'awards/calibration', element: <CalibrationRoute /> }];
