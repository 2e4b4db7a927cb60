#include "viewer/widgets/SliceView.h"

#include <QLocale>
#include <QResizeEvent>

#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkFloatArray.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkImageData.h>
#include <vtkImageProperty.h>
#include <vtkImageSlice.h>
#include <vtkImageSliceMapper.h>
#include <vtkInteractorStyleImage.h>
#include <vtkLookupTable.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkRenderer.h>

namespace yunyue {
namespace {

// One overlay line from the file: a NUL or newline inside a value would break
// the overlay's lines, a 10 000-character name would cover the image; an LO
// or PN component group is at most 64 characters anyway (PS3.5 6.2).
QString overlayLine(const QString& value) {
  constexpr int kMaxChars = 64;
  QString text = value.size() > kMaxChars ? value.left(kMaxChars - 1) + QChar(0x2026) : value;
  for (QChar& c : text)
    if (c.category() == QChar::Other_Control) c = QLatin1Char(' ');
  return text;
}

}  // namespace

struct SliceView::Pipeline {
  vtkNew<vtkImageData> data;
  vtkNew<vtkImageSliceMapper> mapper;
  vtkNew<vtkImageSlice> slice;
  vtkNew<vtkLookupTable> grey;
  vtkNew<vtkInteractorStyleImage> style;
  vtkNew<vtkCallbackCommand> windowLevelChanged;
};

SliceView::SliceView(QWidget* parent) : VtkOpenGLWidget(parent), m_pipeline(new Pipeline) {
  Pipeline& p = *m_pipeline;
  p.mapper->SetInputData(p.data);
  p.slice->SetMapper(p.mapper);
  p.grey->SetNumberOfTableValues(256);
  p.grey->SetSaturationRange(0, 0);
  p.grey->SetHueRange(0, 0);
  p.grey->SetValueRange(0, 1);
  p.grey->Build();
  p.slice->GetProperty()->SetLookupTable(p.grey);
  p.slice->GetProperty()->UseLookupTableScalarRangeOff();
  p.slice->GetProperty()->SetInterpolationTypeToLinear();
  p.slice->VisibilityOff();
  renderer()->AddViewProp(p.slice);
  renderer()->SetBackground(0, 0, 0);

  // Radiologists' habit: left drag = window/level, right = zoom, middle = pan.
  p.style->SetInteractionModeToImage2D();
  interactor()->SetInteractorStyle(p.style);
  p.windowLevelChanged->SetClientData(this);
  p.windowLevelChanged->SetCallback([](vtkObject*, unsigned long, void* self, void*) {
    auto* view = static_cast<SliceView*>(self);
    view->updateOverlays();
    emit view->windowChanged(view->windowCenter(), view->windowWidth());
  });
  p.style->AddObserver(vtkCommand::WindowLevelEvent, p.windowLevelChanged);

  m_topLeft = makeOverlay(Qt::AlignLeft | Qt::AlignTop);
  m_bottomLeft = makeOverlay(Qt::AlignLeft | Qt::AlignBottom);
  m_left = makeOverlay(Qt::AlignLeft | Qt::AlignVCenter);
  m_right = makeOverlay(Qt::AlignRight | Qt::AlignVCenter);
  m_top = makeOverlay(Qt::AlignHCenter | Qt::AlignTop);
  m_bottom = makeOverlay(Qt::AlignHCenter | Qt::AlignBottom);
}

SliceView::~SliceView() { delete m_pipeline; }

QLabel* SliceView::makeOverlay(Qt::Alignment alignment) {
  auto* label = new QLabel(this);
  // Text from DICOM files is shown as text, never interpreted as markup.
  label->setTextFormat(Qt::PlainText);
  label->setAlignment(alignment);
  label->setAttribute(Qt::WA_TransparentForMouseEvents);
  label->setStyleSheet(QStringLiteral("color: #e8e8a0; background: transparent;"));
  label->hide();
  return label;
}

void SliceView::setImage(const DecodedImage& image) {
  m_image = image;
  Pipeline& p = *m_pipeline;
  p.data->SetDimensions(image.columns, image.rows, 1);
  p.data->SetSpacing(image.geometry.spacing.x(), image.geometry.spacing.y(), 1);
  p.data->SetOrigin(0, 0, 0);
  vtkNew<vtkFloatArray> scalars;
  scalars->SetNumberOfComponents(1);
  scalars->SetNumberOfTuples(vtkIdType(image.values.size()));
  std::copy(image.values.begin(), image.values.end(), scalars->GetPointer(0));
  p.data->GetPointData()->SetScalars(scalars);
  p.data->Modified();

  p.grey->SetValueRange(image.monochrome1 ? 1 : 0, image.monochrome1 ? 0 : 1);
  p.grey->Build();
  p.slice->GetProperty()->SetColorWindow(image.windowWidth);
  p.slice->GetProperty()->SetColorLevel(image.windowCenter);
  p.slice->VisibilityOn();

  // Row 0 at the top, column 0 on the left, as the DICOM image is defined.
  vtkCamera* camera = renderer()->GetActiveCamera();
  const double cx = (image.columns - 1) * image.geometry.spacing.x() / 2;
  const double cy = (image.rows - 1) * image.geometry.spacing.y() / 2;
  camera->ParallelProjectionOn();
  camera->SetFocalPoint(cx, cy, 0);
  camera->SetPosition(cx, cy, -1000);
  camera->SetViewUp(0, -1, 0);
  renderer()->ResetCamera();
  camera->SetParallelScale(std::max(image.rows * image.geometry.spacing.y(),
                                    image.columns * image.geometry.spacing.x()) / 2);
  updateOverlays();
  update();
}

void SliceView::clearImage() {
  m_image = DecodedImage{};
  m_pipeline->slice->VisibilityOff();
  updateOverlays();
  update();
}

bool SliceView::hasImage() const { return !m_image.values.empty(); }

void SliceView::setPatientDataShown(bool shown) {
  m_patientDataShown = shown;
  updateOverlays();
}

void SliceView::setOverlayPointSize(int points) {
  for (QLabel* l : {m_topLeft, m_bottomLeft, m_left, m_right, m_top, m_bottom}) {
    QFont font = this->font();
    if (points > 0) font.setPointSize(points);
    l->setFont(font);
  }
}

void SliceView::setWindow(double center, double width) {
  vtkImageProperty* property = m_pipeline->slice->GetProperty();
  property->SetColorLevel(center);
  property->SetColorWindow(std::max(1.0, width));
  updateOverlays();
  update();
  emit windowChanged(windowCenter(), windowWidth());
}

double SliceView::windowCenter() const { return m_pipeline->slice->GetProperty()->GetColorLevel(); }
double SliceView::windowWidth() const { return m_pipeline->slice->GetProperty()->GetColorWindow(); }

void SliceView::updateOverlays() {
  const bool shown = hasImage();
  for (QLabel* l : {m_topLeft, m_bottomLeft, m_left, m_right, m_top, m_bottom}) l->setVisible(shown);
  if (!shown) return;
  const QLocale locale;
  const QString series = overlayLine(m_image.modality + QLatin1Char(' ') + m_image.seriesDescription);
  m_topLeft->setText(m_patientDataShown ? overlayLine(m_image.patientName) + QLatin1Char('\n') + series : series);
  QString bottom = tr("W %1  L %2").arg(locale.toString(windowWidth(), 'f', 0),
                                         locale.toString(windowCenter(), 'f', 0));
  if (m_image.sliceThickness > 0)
    bottom += QLatin1Char('\n') + tr("Thickness %1 mm").arg(locale.toString(m_image.sliceThickness, 'f', 2));
  m_bottomLeft->setText(bottom);
  const ImageGeometry& g = m_image.geometry;
  m_left->setText(orientationLabel(-g.rowDirection()));
  m_right->setText(orientationLabel(g.rowDirection()));
  m_top->setText(orientationLabel(-g.columnDirection()));
  m_bottom->setText(orientationLabel(g.columnDirection()));
  placeOverlays();
}

void SliceView::placeOverlays() {
  const QRect r = rect().adjusted(6, 4, -6, -4);
  for (QLabel* l : {m_topLeft, m_bottomLeft, m_left, m_right, m_top, m_bottom}) l->setGeometry(r);
}

void SliceView::resizeEvent(QResizeEvent* e) {
  VtkOpenGLWidget::resizeEvent(e);
  placeOverlays();
}

}  // namespace yunyue
