// The kit's grid, re-exported so that features lay out pages without importing the kit.
export { Col, Container, Row } from 'design-react-kit';
