// Screen routing. Each route renders one feature page; pages read their own ids from the path.
import { Route, Switch } from 'wouter';
import { CourseTimelinePage } from '../features/courses/CourseTimelinePage';
import { HomePage } from '../features/mode/HomePage';
import { NewCoursePage } from '../features/courses/NewCoursePage';
import { NewPatientPage } from '../features/patients/NewPatientPage';
import { PatientListPage } from '../features/patients/PatientListPage';
import { PatientPage } from '../features/patients/PatientPage';
import { SessionPage } from '../features/sessions/SessionPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { PhotoViewerPage } from '../features/viewer/PhotoViewerPage';
import { NotFound } from '../components/NotFound';
import { routes } from './paths';

export function AppRoutes() {
  return (
    <Switch>
      <Route path={routes.patients}>
        {/* Patient mode shows "My progress" here instead of the patient list. */}
        <HomePage practitionerHome={PatientListPage} />
      </Route>
      <Route path={routes.newPatient} component={NewPatientPage} />
      <Route path={routes.newCourse} component={NewCoursePage} />
      <Route path={routes.patient} component={PatientPage} />
      <Route path={routes.course} component={CourseTimelinePage} />
      <Route path={routes.session} component={SessionPage} />
      <Route path={routes.photo} component={PhotoViewerPage} />
      <Route path={routes.settings} component={SettingsPage} />
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}
