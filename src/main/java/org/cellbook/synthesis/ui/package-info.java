@NullMarked
package org.cellbook.synthesis.ui;

import org.jspecify.annotations.NullMarked;
