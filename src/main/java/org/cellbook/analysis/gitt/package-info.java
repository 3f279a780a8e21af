@NullMarked
package org.cellbook.analysis.gitt;

import org.jspecify.annotations.NullMarked;
